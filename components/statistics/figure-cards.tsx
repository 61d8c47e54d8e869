export interface FigureCard {
  label: string;
  value: string;
  detail?: string;
}

// The headline figures as a list of cards: label, value, and a line of detail.
export function FigureCards({ cards, label }: { cards: FigureCard[]; label: string }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" aria-label={label}>
      {cards.map((c) => (
        <li key={c.label} className="rounded-lg border border-slate-200 bg-white p-4">
          <span className="block text-sm text-slate-700">{c.label}</span>
          <span className="mt-1 block text-2xl font-semibold text-brand-800">{c.value}</span>
          {c.detail ? <span className="mt-1 block text-sm text-slate-700">{c.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}

// Speech synthesis stops long utterances part-way in some browsers (Chrome after ~15 s): the text is
// read as sentences, each at most `max` characters.
export function speechChunks(text: string, max = 160): string[] {
  const sentences = text
    .split(/(?<=[。！？；!?;])|\n+/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const chunks: string[] = [];
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i += max) chunks.push(sentence.slice(i, i + max));
  }
  return chunks;
}

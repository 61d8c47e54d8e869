import type { Cover } from "@/lib/uploads/cover-ref";

// The 封面图片 of an activity or a 资讯 item: a PUBLIC image served by GET /files/<id> (docs/uploads.md).
// width/height and a 16:9 box reserve the space before the bytes arrive (no layout shift); images below
// the fold load lazily. A plain <img>: /files/<id> is our own authorising route, not a static asset for
// next/image's optimiser.

export function CoverImage({ cover, eager = false, className = "" }: { cover: Cover | null; eager?: boolean; className?: string }) {
  if (!cover) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served by the /files route (see above)
    <img
      src={`/files/${encodeURIComponent(cover.fileId)}`}
      alt={cover.alt}
      width={960}
      height={540}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      {...(eager ? { fetchPriority: "high" as const } : {})}
      className={`aspect-video w-full rounded-md bg-slate-100 object-cover ${className}`}
    />
  );
}

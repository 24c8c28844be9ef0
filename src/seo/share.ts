/**
 * Share links as plain URLs: no third-party script is loaded, nothing is sent until the reader
 * clicks. The Zalo address is the one in common use across Vietnamese sites; Zalo documents
 * only its SDK button, which would load their script.
 */
export interface ShareLink {
  network: 'facebook' | 'zalo' | 'x';
  label: string;
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  return [
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'zalo', label: 'Zalo', href: `https://zalo.me/share?url=${u}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?url=${u}&text=${encodeURIComponent(title)}` },
  ];
}

/**
 * Size of a story's own share picture: the card's 1200×630 (1.91:1, what Facebook, Zalo and X
 * show as a large card), or smaller at the same ratio when the picture is smaller: Astro never
 * enlarges an image, and a blurred enlargement would look worse than a smaller sharp one.
 */
export function shareImageSize(
  source: { width: number; height: number },
  target: { width: number; height: number } = { width: 1200, height: 630 },
): { width: number; height: number } {
  const scale = Math.min(1, source.width / target.width, source.height / target.height);
  return { width: Math.round(target.width * scale), height: Math.round(target.height * scale) };
}

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

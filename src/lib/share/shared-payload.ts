/**
 * The payload of a share link opened with the app (`#answers=…`, also mistyped `#answer=`), '' when
 * the fragment holds nothing (the user is told so), or null for any other address. Light on
 * purpose: the page's classic script reads it too (src/app/boot/first-screen.ts, through first-visit.ts).
 */
export function sharedPayload(hash: string): string | null {
  return /^#answers?=/i.test(hash) ? hash.replace(/^#answers?=/i, '') : null;
}

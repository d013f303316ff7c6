/**
 * A ref callback that moves focus to the element when it mounts: give it to the heading of a
 * screen (with tabIndex -1) so that keyboard and screen reader users land on the new step.
 *
 * The screen a page opens on takes no focus: until the user has acted on the page (a key, a click,
 * a touch), focus stays at the top of the page, where the first Tab reaches the skip link, as on
 * any page that has just loaded; and the browser lays the first screen out once, for its first
 * paint, not once more before it for the focus.
 */
export function focusOnMount(element: HTMLElement | null): void {
  if (element && !takingOver && userHasActed()) element.focus({ preventScroll: false });
}

/** The app is taking over the screen the page opened on, drawn at build time (src/main.tsx); until it has, no heading takes focus. */
let takingOver = false;

/**
 * While the app takes over the start screen drawn at build time, its heading mounts once more
 * (React's hydration) but the page has not changed screen: focus stays where the user has put it
 * meanwhile (a Tab, a click), or at the top of the page.
 */
export function holdFocusWhileTakingOver(holding: boolean): void {
  takingOver = holding;
}

/** Whether the user has acted on this page (`navigator.userActivation`); true where the browser cannot tell. */
function userHasActed(): boolean {
  return typeof navigator === 'undefined' || navigator.userActivation?.hasBeenActive !== false;
}

/**
 * A ref callback that moves focus to the element when it mounts: give it to the heading of a
 * screen (with tabIndex -1) so that keyboard and screen reader users land on the new step.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus({ preventScroll: false });
}

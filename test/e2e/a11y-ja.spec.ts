import { walkEveryScreen } from './a11y-walk';

/** Every screen in Japanese: axe (WCAG 2.2 A/AA), reflow at 375 px, and a capture at both widths. */
walkEveryScreen('ja');

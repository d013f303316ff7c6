import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { fallback: (reset: () => void, error: unknown) => ReactNode; children: ReactNode };
type State = { failed: false } | { failed: true; error: unknown };

/** Catches a bug in the tree below and shows `fallback` instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { failed: true, error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The console is the only place a bug report can be read from: nothing leaves the browser.
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false }), this.state.error) : this.props.children;
  }
}

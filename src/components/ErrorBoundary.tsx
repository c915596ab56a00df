import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** When this changes (another data set, another project), the failed tree is tried again. */
  resetKey: unknown;
  onError: (error: Error) => void;
  fallback: (error: Error) => ReactNode;
  children: ReactNode;
}

interface State {
  error: Error | null;
  failedKey: unknown;
}

/** Catches a rendering failure below it and shows `fallback` instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failedKey: undefined };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === null) return null;
    if (state.failedKey === undefined) return { failedKey: props.resetKey };
    return props.resetKey === state.failedKey ? null : { error: null, failedKey: undefined };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError(error);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error) : this.props.children;
  }
}

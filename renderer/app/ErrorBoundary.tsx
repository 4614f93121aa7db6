/** Keeps a failing part of the window from blanking the whole app: says what broke, offers to try again. */
import { Component, type ReactNode } from 'react';

export class ErrorBoundary extends Component<{ what: string; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="issues" role="alert" data-testid="error-boundary">
        <div className="issues-title">The {this.props.what} could not be shown</div>
        <div>{this.state.error.message}</div>
        <button className="btn small" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}

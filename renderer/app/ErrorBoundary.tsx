/**
 * Keeps a failing part of the window from blanking the whole app: in its place it says what
 * broke and offers to reload that part (mounted afresh) or another way out; everything around
 * it goes on working. It clears itself when `resetKey` changes (another document, an undo), so
 * a view that failed on one scenario is tried again on the next.
 */
import { Component, Fragment, type ReactNode } from 'react';
import { FaultPoint } from './viewFaults.ts';

export interface Recovery {
  label: string;
  run(): void;
}

interface Props {
  /** what the part is, for the message: "plant view" → "The plant view could not be shown" */
  what: string;
  children: ReactNode;
  /** the failure shows in an element with this class, so it takes the part's place in the layout */
  className?: string;
  resetKey?: unknown;
  recover?: Recovery;
}

export class ErrorBoundary extends Component<Props, { error: Error | null; mount: number }> {
  state = { error: null as Error | null, mount: 0 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidUpdate(prev: Props) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.reload();
  }

  private reload = () => this.setState((s) => ({ error: null, mount: s.mount + 1 }));

  render() {
    const { what, className, recover, children } = this.props;
    const { error, mount } = this.state;
    if (!error)
      return (
        // a new key mounts the part afresh: its d3 or three.js view is built again from the store
        <Fragment key={mount}>
          <FaultPoint view={what} />
          {children}
        </Fragment>
      );
    return (
      <div className={`${className ?? ''} view-error`} role="alert" data-testid="error-boundary" data-what={what}>
        <div className="issues">
          <div className="issues-title">The {what} could not be shown</div>
          <p className="view-error-message">{error.message || String(error)}</p>
          <p className="form-hint">The rest of the window works as before, and nothing you made is lost.</p>
          <div className="view-error-actions">
            <button className="btn small primary" onClick={this.reload} data-testid="error-reload">
              Reload the {what}
            </button>
            {recover && (
              <button className="btn small" onClick={() => (recover.run(), this.reload())}>
                {recover.label}
              </button>
            )}
          </div>
        </div>
      </div>
    );
  }
}

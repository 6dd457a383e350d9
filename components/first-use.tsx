/** What a page with nothing to show yet says instead: how to see Candor work, and how to use it in a call. */
export function FirstUse({ title }: { title: string }) {
  return (
    <div className="first-use" data-testid="first-use">
      <p className="first-use-title">{title}</p>
      <p>
        <a className="button-link" href="practice.html">
          Try a 4-minute practice
        </a>{' '}
        <span className="muted">— a made-up call plays while the side panel coaches you.</span>
      </p>
      <p className="muted">
        In a real call: join a Google Meet, Zoom or Microsoft Teams web call, turn on captions, then open Candor from
        the toolbar (or press Alt+Shift+Y). Your calls appear here when they end.
      </p>
    </div>
  );
}

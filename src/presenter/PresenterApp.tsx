import { useEffect, useRef, useState } from 'react';
import { commandForKey, progressText } from '../presentation/keys';
import {
  formatElapsed,
  presenterChannelName,
  readToPresenter,
  type FromPresenter,
  type PresenterSnapshot,
  type RemoteCommand,
} from '../presentation/presenterProtocol';
import './presenter.css';

const HELLO_EVERY_MS = 1500;

/** The keys of the presentation that make sense from the presenter's window. */
function remoteCommandForKey(key: string, shiftKey: boolean): RemoteCommand | null {
  const command = commandForKey(key, shiftKey);
  if (!command) return null;
  return command.kind === 'toggle-notes' || command.kind === 'toggle-fullscreen' || command.kind === 'open-presenter'
    ? null
    : command;
}

/** Ticks once a second while a presentation runs, for the clock (a stale first value reads as 0:00). */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return now;
}

/** The presenter's end of the channel: the latest snapshot, whether the app window went away, and a sender. */
function usePresenterChannel(session: string) {
  const [snapshot, setSnapshot] = useState<PresenterSnapshot | null>(null);
  const [appClosed, setAppClosed] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    const opened = new BroadcastChannel(presenterChannelName(session));
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = readToPresenter(event.data);
      if (!message) return;
      if (message.kind === 'closed') {
        setAppClosed(true);
        setSnapshot(null);
      } else {
        setAppClosed(false);
        setSnapshot(message);
      }
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [session]);
  // Say hello until the app answers: it may open after this window, or be reloading.
  useEffect(() => {
    if (snapshot) return;
    const hello = () => channel.current?.postMessage({ kind: 'hello' } satisfies FromPresenter);
    hello();
    const timer = setInterval(hello, HELLO_EVERY_MS);
    return () => clearInterval(timer);
  }, [snapshot]);
  const send = (message: FromPresenter) => channel.current?.postMessage(message);
  return { snapshot, appClosed, send };
}

/**
 * The presenter view (`?presenter=<session>`): speaker notes, the next scene and a clock for the
 * presenter's own screen, driving the presentation in the app window. It holds no data of its
 * own: everything comes over the channel from the app window.
 */
export function PresenterApp({ session }: { session: string }) {
  const { snapshot, appClosed, send } = usePresenterChannel(session);
  const now = useNow(snapshot?.startedAt != null);

  useEffect(() => {
    document.title = 'Presenter view · Clusnet Explorer';
    if (snapshot) document.documentElement.dataset.theme = snapshot.theme;
  }, [snapshot]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if ((event.target as HTMLElement | null)?.closest('button') && (event.key === ' ' || event.key === 'Enter'))
        return;
      const command = remoteCommandForKey(event.key, event.shiftKey);
      if (!command) return;
      event.preventDefault();
      send({ kind: 'command', command });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  return (
    <div className="presenter">
      <header className="presenter-header">
        <div>
          <p className="presenter-kicker">Presenter view</p>
          <h1>{snapshot?.datasetName || 'Clusnet Explorer'}</h1>
        </div>
        {snapshot?.startedAt != null && (
          <p className="presenter-clock" role="timer" aria-label="Time presenting">
            {formatElapsed(now - snapshot.startedAt)}
          </p>
        )}
      </header>
      {appClosed && (
        <p role="alert" className="presenter-message">
          The Clusnet Explorer window was closed or is reloading. This window reconnects when it is back.
        </p>
      )}
      {!snapshot && !appClosed && (
        <p role="status" className="presenter-message">
          Waiting for the Clusnet Explorer window… Keep it open: this window follows it.
        </p>
      )}
      {snapshot && <PresenterDeck snapshot={snapshot} send={send} />}
    </div>
  );
}

function PresenterDeck({ snapshot, send }: { snapshot: PresenterSnapshot; send: (message: FromPresenter) => void }) {
  const { scenes, presenting } = snapshot;
  // Before the start the presenter previews the scene that opens the presentation.
  const index = presenting ? snapshot.index : 0;
  const current = scenes[index];
  const next = scenes[index + 1];
  const command = (remote: RemoteCommand) => send({ kind: 'command', command: remote });
  if (scenes.length === 0 && !presenting) {
    return (
      <main className="presenter-main">
        <p className="presenter-message">
          No scenes yet. Save views as scenes in the app, or start presenting the current view.
        </p>
        <div className="presenter-controls">
          <button type="button" className="presenter-button primary" onClick={() => send({ kind: 'start' })}>
            Start presenting
          </button>
        </div>
      </main>
    );
  }
  return (
    <main className="presenter-main">
      <section className="presenter-current" aria-label="Current scene">
        <p className="presenter-progress" role="status" aria-label="Scene progress">
          {presenting
            ? `Scene ${progressText(index, scenes.length)}`
            : 'Not presenting yet: the first scene opens the presentation'}
        </p>
        <h2>{current?.title ?? ''}</h2>
        {current?.text && <p className="presenter-caption">{current.text}</p>}
        <section className="presenter-notes" aria-label="Speaker notes">
          <h3>Notes</h3>
          <p>{current?.notes || 'No speaker notes for this scene.'}</p>
        </section>
      </section>
      <aside className="presenter-side">
        <section className="presenter-next" aria-label="Next scene">
          <h3>Next</h3>
          <p>{next ? next.title : 'End of the presentation'}</p>
        </section>
        <ol className="presenter-scenes" aria-label="Scenes">
          {scenes.map((scene, position) => (
            <li key={position}>
              <button
                type="button"
                aria-current={presenting && position === index ? 'step' : undefined}
                disabled={!presenting}
                onClick={() => command({ kind: 'jump', index: position })}
              >
                <span className="presenter-scene-number">{position + 1}</span> {scene.title}
              </button>
            </li>
          ))}
        </ol>
      </aside>
      <nav className="presenter-controls" aria-label="Presenter controls">
        {presenting ? (
          <>
            <button
              type="button"
              className="presenter-button"
              disabled={index === 0}
              onClick={() => command({ kind: 'previous' })}
            >
              ‹ Previous
            </button>
            <button
              type="button"
              className="presenter-button primary"
              disabled={index >= scenes.length - 1}
              onClick={() => command({ kind: 'next' })}
            >
              Next ›
            </button>
            <button type="button" className="presenter-button" onClick={() => command({ kind: 'exit' })}>
              End presentation
            </button>
          </>
        ) : (
          <button type="button" className="presenter-button primary" onClick={() => send({ kind: 'start' })}>
            Start presenting
          </button>
        )}
      </nav>
    </main>
  );
}

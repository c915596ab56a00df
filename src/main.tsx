import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PresenterApp } from './presenter/PresenterApp';
import { presenterSessionOf } from './presentation/presenterProtocol';
import './styles.css';
import { registerServiceWorker } from './offline/registerServiceWorker';

const root = document.getElementById('root');
if (!root) throw new Error('Clusnet Explorer: #root element missing from index.html');
// `?presenter=<session>`: this window is the presenter view of an app window, not an app of its own
// (it loads no data and saves nothing).
const presenterSession = presenterSessionOf(window.location.search);
createRoot(root).render(
  <StrictMode>{presenterSession ? <PresenterApp session={presenterSession} /> : <App />}</StrictMode>,
);

registerServiceWorker();

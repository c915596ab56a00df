import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PresenterApp } from './presenter/PresenterApp';
import { presenterSessionOf } from './presentation/presenterProtocol';
import './styles.css';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { useAppStore } from './store';
import { chooseWebgl, savedWebglSetting, webglRenderer } from './store/webglChoice';

const root = document.getElementById('root');
if (!root) throw new Error('Clusnet Explorer: #root element missing from index.html');
// `?presenter=<session>`: this window is the presenter view of an app window, not an app of its own
// (it loads no data and saves nothing).
const presenterSession = presenterSessionOf(window.location.search);
// Before the first canvas: WebGL where the user chose it, or by default on a graphics card only.
if (!presenterSession) useAppStore.getState().initWebgl(chooseWebgl(savedWebglSetting(), webglRenderer()));
createRoot(root).render(
  <StrictMode>{presenterSession ? <PresenterApp session={presenterSession} /> : <App />}</StrictMode>,
);

registerServiceWorker();

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/ApiClient';
import { App, prefetchFor } from './app/App';
import { parseRoute } from './app/routes';
import './styles/base.css';
import './styles/app.css';
import './styles/editor.css';
import { loadFonts } from './styles/fonts';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const api = new ApiClient();
prefetchFor(parseRoute(window.location.pathname, window.location.search), api);
void loadFonts(document.fonts);
createRoot(root).render(
  <StrictMode>
    <App api={api} />
  </StrictMode>,
);

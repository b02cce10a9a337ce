import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/base.css';
import './styles/app.css';
import './styles/editor.css';
import { loadFonts } from './styles/fonts';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
void loadFonts(document.fonts);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

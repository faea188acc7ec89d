import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/styles.css';
import './demo.css';
import { App } from './App.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The demo needs <div id="root"> in index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { HostContext } from './host/HostContext';
import { selectHost } from './host/selectHost';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

createRoot(root).render(
  <StrictMode>
    <HostContext.Provider value={selectHost()}>
      <App />
    </HostContext.Provider>
  </StrictMode>,
);

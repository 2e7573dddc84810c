import { createDOMRenderer, RendererProvider } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/app';
import { pageNonce } from './app/page-nonce';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The page's policy forbids eval: zod is told so, instead of probing with `new Function` and being refused.
z.config({ jitless: true });

// Fluent's style engine inserts style elements; the page's policy admits them only with its nonce.
const nonce = pageNonce();
const styles = createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : {});

createRoot(root).render(
  <StrictMode>
    <RendererProvider renderer={styles} targetDocument={document}>
      <App />
    </RendererProvider>
  </StrictMode>,
);

// Renderer entry. The CJK font is bundled (no system font assumed on the air-gapped machine).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import 'dayjs/locale/zh-cn';
import './styles.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NetworkBanner } from './shell/NetworkBanner';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <NetworkBanner />
    <App />
  </StrictMode>,
);

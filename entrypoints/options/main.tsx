import { createRoot } from 'react-dom/client';
import { Options } from './Options';
import '@/components/base.css';
import '@/components/options/options.css';

createRoot(document.getElementById('root')!).render(<Options />);

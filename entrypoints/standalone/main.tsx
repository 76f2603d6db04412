// The standalone page entry (/standalone.html): components live in extension/pages/standalone/.
import { render } from 'preact';
import { Standalone } from '../../extension/pages/standalone/standalone.tsx';
import '../../extension/pages/shared/pages.css';
import '../../extension/ui/summary.css';
import '../../extension/pages/standalone/standalone.css';

render(<Standalone />, document.getElementById('app')!);

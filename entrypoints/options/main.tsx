// The Options page entry (opens in a tab): components live in extension/pages/options/.
import { render } from 'preact';
import { Options } from '../../extension/pages/options/options.tsx';
import '../../extension/pages/shared/pages.css';
import '../../extension/ui/summary.css';
import '../../extension/pages/options/options.css';

render(<Options />, document.getElementById('app')!);

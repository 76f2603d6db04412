// The popup entry: components live in extension/pages/popup/.
import { render } from 'preact';
import { Popup } from '../../extension/pages/popup/popup.tsx';
import '../../extension/pages/shared/pages.css';
import '../../extension/ui/summary.css';
import '../../extension/pages/popup/popup.css';

render(<Popup />, document.getElementById('app')!);

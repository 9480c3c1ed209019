import { render } from 'preact';

render(<p>Counterpart</p>, document.getElementById('app')!);

import { appConfig } from '../ui/vite.app.ts';

export default appConfig('portal');

import { appConfig } from '../ui/vite.app';

export default appConfig('kiosk');

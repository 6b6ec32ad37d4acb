// Every message the background answers, feature by feature.
import type { Routes } from '../messaging';

export const routes: Routes = {};

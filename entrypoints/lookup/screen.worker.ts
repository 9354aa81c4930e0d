import { ScreenJob, type JobRequest } from '@/data/browser/screen-job';
import MatchWorker from './match.worker.ts?worker';

// A dedicated worker: the bulk check runs here so the page stays responsive. It shares a long list with
// helper workers, one per spare core, at most three: each builds and holds its own copy of the name index.
const spare = Math.max(0, Math.min(3, (navigator.hardwareConcurrency || 1) - 1));
const job = new ScreenJob((e) => postMessage(e), { helpers: spare, spawnHelper: () => new MatchWorker() });
addEventListener('message', (e: MessageEvent<JobRequest>) => void job.handle(e.data));

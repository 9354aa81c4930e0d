import { ScreenJob, type JobRequest } from '@/data/browser/screen-job';

// A dedicated worker: the bulk check runs here so the page stays responsive.
const job = new ScreenJob((e) => postMessage(e));
addEventListener('message', (e: MessageEvent<JobRequest>) => void job.handle(e.data));

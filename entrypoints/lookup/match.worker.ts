import { MatchHelper, type HelperRequest } from '@/data/browser/screen-job';

// A helper of the bulk check's worker (one per spare core): matches the chunks of rows it is sent.
const helper = new MatchHelper((e) => postMessage(e));
addEventListener('message', (e: MessageEvent<HelperRequest>) => void helper.handle(e.data));

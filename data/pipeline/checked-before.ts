/**
 * Records corrected before a rule hid a claim no reader checked (issue 9). The count, place and demands rules tell a
 * CAIT head count, a CAIT place finer than its country and a tracker demand category of low precision only where a reader
 * checked them. A correction made before a rule landed was made by a reader who saw the claim and fixed every claim they
 * found wrong, so it counts as that claim's check. One made after was made by a reader who never saw the claim (the note
 * they judged did not show it): it checks the claim only where it says so (its `workers`, its place, its `demands`).
 * Without this cut a correction of one field brought back a claim no one had read (audit pass 19: a tracker row fixed
 * for its places showed again a demand its reports do not state, a CAIT record fixed for its day a count in no report).
 *
 * Drawn by script (the keys of CAIT_FIXES and LAT_FIXES in data/pipeline/audit-fixes.ts at each rule's commit):
 * the CAIT count rule d68557f, the CAIT places rule a9ba14e, the tracker demands rule 578fbc2, the CAIT worker-types rule
 * (cait-types.ts, drawn at 9251678, the main it landed on).
 */

import type { ImportFix } from './audit-fixes';

/**
 * Whether a record's correction checks a claim: it gives one of the claim's fields, or it was made before the claim's
 * rule (`before`, one of the sets below), when its reader saw the claim.
 */
export function correctionChecks(
  fix: ImportFix | undefined,
  fields: readonly (keyof ImportFix)[],
  before: ReadonlySet<string>,
  id: string | number,
): boolean {
  return fields.some((f) => fix?.[f] !== undefined) || before.has(String(id));
}

const ids = (list: string): ReadonlySet<string> => new Set(list.split(' '));

/** CAIT records with a correction when the count rule landed (d68557f). */
export const CAIT_FIXED_BEFORE_COUNTS: ReadonlySet<string> = ids(
  '1 2 6 7 8 11 18 19 22 24 27 28 29 36 37 39 44 46 47 48 51 52 54 55 58 59 60 61 63 64 65 66 67 71 72 76 77 78 79 ' +
    '81 84 94 95 97 101 103 104 107 108 109 112 113 118 122 125 126 128 132 133 135 136 137 138 139 143 145 146 147 ' +
    '149 152 155 157 158 159 160 162 164 168 169 172 174 175 176 178 179 180 184 190 192 195 197 198 200 201 204 205 ' +
    '209 214 217 219 222 223 227 231 233 237 238 240 242 243 244 245 246 247 249 250 251 252 255 258 259 261 264 265 ' +
    '267 272 274 279 286 291 295 297 299 302 306 308 309 310 314 318 319 329 332 334 335 336 341 343 347 348 352 360 ' +
    '361 363 364 371 373 376 377 379 380 381 391 394 397 399 400 406 409 413 415 416 418 419 421 425 427 435 436 439 ' +
    '440 442 445 446 451 453 455 456 457 459 460 461 464 465 472 474 475 476 477 481 482 489 490 491 496 500 505 506 ' +
    '512 514 515 516 517 520 524 525 527 528 530 531 533 534 535 537 542 544 545 546 547 548',
);

/** CAIT records with a correction when the places rule landed (a9ba14e). */
export const CAIT_FIXED_BEFORE_PLACES: ReadonlySet<string> = ids(
  '1 2 6 7 8 11 18 19 22 24 25 27 28 29 36 37 39 44 46 47 48 51 52 54 55 58 59 60 61 63 64 65 66 67 71 72 76 77 78 ' +
    '79 81 84 94 95 97 101 103 104 107 108 109 112 113 118 122 125 126 128 130 132 133 135 136 137 138 139 143 145 ' +
    '146 147 149 152 155 157 158 159 160 162 164 168 169 172 174 175 176 178 179 180 184 190 192 195 197 198 200 201 ' +
    '204 205 209 214 217 219 222 223 225 227 231 233 237 238 240 242 243 244 245 246 247 249 250 251 252 255 258 259 ' +
    '261 264 265 267 270 272 274 279 286 291 294 295 297 299 302 303 306 308 309 310 314 318 319 320 329 332 334 335 ' +
    '336 341 343 346 347 348 352 360 361 363 364 365 371 373 376 377 379 380 381 391 394 397 399 400 405 406 409 411 ' +
    '412 413 415 416 418 419 421 425 427 435 436 439 440 442 445 446 450 451 453 455 456 457 459 460 461 464 465 472 ' +
    '474 475 476 477 481 482 489 490 491 496 500 505 506 512 514 515 516 517 520 524 525 526 527 528 530 531 533 534 ' +
    '535 537 542 544 545 546 547 548',
);

/** Tracker rows with a correction when the demands rule landed (578fbc2). */
export const LAT_FIXED_BEFORE_DEMANDS: ReadonlySet<string> = ids(
  '89 168 271 406 541 654 711 722 748 865 900 904 951 1060 1102 1118 1144 1151 1157 1186 1258 1388 1398 1423 1434 ' +
    '1518 1568 1612 1615 1702 1703 1707 1720 1729 1742 1755 1784 1987 2054 2180 2316 2335 2426 2430 2522 2531 2638 ' +
    '2649 2671 2674 2683 2708 2840 3103 3116 3126 3129 3173 3195 3206 3221 3259 3323 3329 3410 3425 3485 3495 3572 ' +
    '3573 3601 3700 3745 3750 3895 3918 4027 4055 4085 4121 4146 4199 4214 4222 4223 4264 4286 4299 4318 4343 4406 ' +
    '4413 4469 4504 4505 4532 4581 4585 4593 4615 4653',
);

/** CAIT records with a correction when the worker-types rule landed (cait-types.ts; CAIT_FIXES at 9251678). */
export const CAIT_FIXED_BEFORE_TYPES: ReadonlySet<string> = ids(
  '1 2 6 7 8 11 18 19 22 24 25 27 28 29 36 37 39 44 46 47 48 51 52 54 55 58 59 60 61 63 64 65 66 67 71 72 76 ' +
    '77 78 79 81 84 94 95 97 101 103 104 107 108 109 112 113 118 122 123 125 126 128 130 132 133 135 136 137 138 ' +
    '139 143 145 146 147 149 152 155 157 158 159 160 162 164 168 169 172 174 175 176 178 179 180 184 190 192 195 ' +
    '197 198 200 201 204 205 209 214 217 219 222 223 225 227 231 233 237 238 240 242 243 244 245 246 247 249 250 ' +
    '251 252 255 258 259 261 264 265 267 270 272 274 279 286 291 294 295 297 299 302 303 306 308 309 310 314 318 ' +
    '319 320 329 332 334 335 336 341 343 346 347 348 352 360 361 363 364 365 371 373 376 377 379 380 381 391 394 ' +
    '397 399 400 405 406 409 411 412 413 415 416 418 419 421 425 427 435 436 439 440 442 445 446 450 451 453 455 ' +
    '456 457 459 460 461 464 465 472 474 475 476 477 481 482 489 490 491 496 500 505 506 512 514 515 516 517 520 ' +
    '524 525 526 527 528 530 531 533 534 535 537 542 544 545 546 547 548',
);

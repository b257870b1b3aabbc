/**
 * An imported indicator starts with weight 0 (issue 11 §11): an import must not change the
 * ranking anyone sees until a user chooses to weigh the new criterion. Its values are stored and
 * shown; the import page and the workspace say "weight 0: set a weight to use it".
 */
export const NEW_INDICATOR_WEIGHT = 0;

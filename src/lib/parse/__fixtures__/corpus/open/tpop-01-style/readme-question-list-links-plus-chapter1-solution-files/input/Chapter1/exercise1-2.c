int issmaller(char *cs, char *ct) {
    if (strcmp(cs, ct) < 0)
        return 1;
    else
        return 0;
}

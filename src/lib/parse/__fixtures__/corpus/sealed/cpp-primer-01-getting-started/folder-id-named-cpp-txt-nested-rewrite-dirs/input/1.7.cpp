int main() {
//        /* these comments are
//         */* incorrectly nested */
//         * but it still works
//         * because of the line comments
//         */
    return 0;
}

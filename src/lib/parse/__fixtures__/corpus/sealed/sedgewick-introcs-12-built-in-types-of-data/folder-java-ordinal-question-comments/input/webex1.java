public class webex1 {
    public static void main(String[] args) {
        // question 5
        // what gets printed is 0.0.
        // the part in parantheses is worked out before anything else.
        // that part is 0, and the cast then turns it into 0.0
    }
}

public class webex2 {
    public static void main(String[] args) {
        // question 7
        // Math.sqrt(2) * Math.sqrt(2) == 2)
        // my guess is that this is true.
    }
}

public class webex4 {
    public static void main(String[] args) {
        // question 16
        // the snippet prints:
        // 0 --> because both operands are ints
        // 0.75 --> because one operand is a double
        // 0.75 --> because one operand is a double
        // 0.75 --> because one operand is a double
    }
}

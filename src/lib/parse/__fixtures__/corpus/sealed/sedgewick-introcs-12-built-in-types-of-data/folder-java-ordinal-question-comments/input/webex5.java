public class webex5 {
    public static void main(String[] args) {
        // question 23
        // double C = (F - 32) * (5 / 9);
        // this line gives 0 every time.
        // because (5/9) is 0 in integer math.
    }
}

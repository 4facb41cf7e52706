public class webex3 {
    public static void main(String[] args) {

        // question 8
        int x = 5;
        double c = 9.4;
        System.out.println(x / 0);
        System.out.println(c / 0);
        // running it threw an arithmetic exception
    }
}

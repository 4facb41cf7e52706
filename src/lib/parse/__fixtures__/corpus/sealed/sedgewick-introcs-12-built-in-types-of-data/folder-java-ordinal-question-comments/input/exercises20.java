public class exercises20 {
    public static void main(String[] args) {
        int x = Integer.parseInt(args[1]);
        int y = Integer.parseInt(args[6]);

        int sum = x + y;
        System.out.println(sum);
    }
}

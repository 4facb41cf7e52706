public class exercises18 {
    public static void main(String[] args) {
        // working out how far a (x,y point ) lies from the origin.
        int x = Integer.parseInt(args[0]);
        int y = Integer.parseInt(args[1]);

        // distance from (x,y) to the origin
        double distance = Math.sqrt(x * x + y * y);

        // show the distance
        System.out.println(distance);
    }
}

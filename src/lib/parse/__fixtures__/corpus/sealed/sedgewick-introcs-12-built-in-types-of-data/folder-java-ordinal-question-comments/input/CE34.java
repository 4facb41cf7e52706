public class CE34 {
    public static void main(String[] args) {

        int x = Integer.parseInt(args[0]);
        int y = Integer.parseInt(args[1]);
        int z = Integer.parseInt(args[2]);
        // reads in the three values x, y, z.

        int resultmin = Math.min(x, Math.min(y, z));
        // smallest of the three
        int resultmax = Math.max(x, Math.max(y, z));
        // biggest of the three
        int resultmedian = x + y + z - resultmin - resultmax;
        // the one left over is the middle value

        System.out.println(resultmin);
        System.out.println(resultmedian);
        System.out.println(resultmax);
        // outputs them from low to high.
    }
}

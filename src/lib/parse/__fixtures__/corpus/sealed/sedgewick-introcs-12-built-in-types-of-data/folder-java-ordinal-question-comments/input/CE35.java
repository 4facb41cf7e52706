public class CE35 {
    public static void main(String[] args) {
        String dragon0 = "F";
        // step 1

        String curves0 = "F";
        String dragon1 = dragon0 + "L" + curves0;
        // step 2

        String curves1 = dragon0 + "R" + curves0;
        String dragon2 = dragon1 + "L" + curves1;
        // step 3

        String curves2 = dragon1 + "R" + curves1;
        String dragon3 = dragon2 + "L" + curves2;
        // step 4

        String curves3 = dragon2 + "R" + curves2;
        String dragon4 = dragon3 + "L" + curves3;
        // step 5

        String curves4 = dragon3 + "R" + curves3;
        String dragon5 = dragon4 + "L" + curves4;
        // step 6

        System.out.println(dragon0);
        System.out.println(dragon1);
        System.out.println(dragon2);
        System.out.println(dragon3);
        System.out.println(dragon4);
        System.out.println(dragon5);
        // outputs the drawing steps for dragon curves of order 0 up to 5 (so six
        // strings get printed in all).
    }
}
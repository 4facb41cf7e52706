/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.21 Read a double command-line argument t and print the value of
 *  sin(2t) + sin(3t).
 *  Last modified:     October 20, 2019
 **************************************************************************** */

public class SumOfSines {
    public static void main(String[] args) {
        double t = Math.toRadians(Double.parseDouble(args[0]));
        double value = Math.sin(2 * t) + Math.sin(3 * t);
        System.out.println(value);
    }
}

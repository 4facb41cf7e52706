/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.25 Wind chill. For a temperature T (degrees Fahrenheit) and a
 *  wind speed v (miles per hour), the National Weather Service gives the
 *  felt temperature (the wind chill) as:
 *  w = 35.74 + 0.6215 T + (0.4275 T - 35.75) v 0.16
 *  Read two double command-line arguments temperature and velocity and
 *  print the wind chill. Compute ab with Math.pow(a, b).
 *  Note: the formula is meaningless when |T| is above 50 or when v is
 *  above 120 or below 3 (you may take the inputs to be within range).
 *  Last modified:     October 20, 2019
 **************************************************************************** */

public class WindChill {
    public static void main(String[] args) {
        double t = Double.parseDouble(args[0]);
        double v = Double.parseDouble(args[1]);
        double windChill = 35.74 + (0.6215 * t) +
                (((0.4275 * t) - 35.75) * Math.pow(v, 0.16));
        System.out.println(windChill);
    }
}

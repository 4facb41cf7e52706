/* *****************************************************************************
 *  Name:              Ryan Ben S. Villanueva
 *  1.2.24 Continuously compounded interest. Compute and print how much money
 *  an investment of P dollars grows to after t years at a yearly interest rate
 *  r when interest compounds continuously. The amount is P * e^rt.
 *  Last modified:     October 13, 2019
 **************************************************************************** */

public class ContinuouslyCompoundedInterest {
    public static void main(String[] args) {
        double p = Double.parseDouble(args[0]);     // money put in
        double t = Double.parseDouble(args[1]);     // number of years
        double r = Double.parseDouble(args[2]);     // yearly rate
        double amount = p * Math.pow(Math.E, r * t);
        System.out.println(amount);
    }
}

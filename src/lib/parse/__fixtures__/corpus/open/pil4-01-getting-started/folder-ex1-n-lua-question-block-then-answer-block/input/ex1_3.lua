--[[Which other languages also mark comments with "--"?]]

--[[Ada and mySQL both write comments with --]]
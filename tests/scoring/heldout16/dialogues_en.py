"""Held-out set 16, English dialogues (compact format of ``tests/scoring/heldout/build_heldout.py``).

Labels decided by meaning while writing, before any matcher run; never changed after.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    """Emit the 45 English dialogues."""
    e = emit
    L = "en"
    e(
        "en16_h01",
        L,
        "S0 G1 C1 N1 Q0 P1:pa,asr X1:pa W1 B1:pa",
        """
c[GCN]: morning pixel palace retro arcades gaz speaking
r: hi there i'm after an old street fighter cabinet for my garage
r@ask_product: what sort of money are we talking
c: right a restored street fighter to cab is going for about eighteen hundred quid we've got two in the unit now
c: pop down saturday and have a go on them if you like
r: sounds good
c[B]: lovely stuff cheers mate enjoy your weekend
""",
        "british; price in words",
    )
    e(
        "en16_h02",
        L,
        "S1:pa G1 C1 N0 Q1:pa P0 X1 W1 B0",
        """
c[GC]: hello arcade revival
r: hello do you repair old arcade machines too
c: we do yeah who put you onto us
r: a guy at the retro fair
r@ask_product: how much to fix a pac man board that won't boot
c: honestly could be anything could be the power sup lie could be the board i'd need it on the bench
c: who've i got on the line
r: tom
c: tom bring it in monday and i'll have a look
r: ok
c: yep see ya
""",
        "depends is not an answer; see ya not polite closing",
    )
    e(
        "en16_h03",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0 B0",
        """
c[C]: arcade warehouse
r@ask_product: hi do you have any pinball machines in stock at the moment
c: stock's all on the website mate updated daily
r: could you just tell me roughly
c: nah check the site
""",
        "deflection, abrupt end",
    )
    e(
        "en16_h04",
        L,
        "S0 G1 C1 N1 Q0 P1 X0 W1:inc B1",
        """
c[GCN]: good afternoon green drop irrigation you're talking to priya
r: hi we want a drip irrigation system for our veg beds
r@ask_product: is that something you install for small gardens
c: yes we install drip systems for any size garden usually a day's job for beds under fifty square metres
c: there's pictures of a few on our website too
r: great thanks
c[B]: thank you for calling have a lovely day
""",
        "site after answer",
    )
    e(
        "en16_h05",
        L,
        "S1:asr G1:pa C1 N0 Q1:wf P1:pa,asr X1:pa W1 B1",
        """
c[GC]: g'day waterwise irrigation
r: hi mate after a quote on sprinklers for the front lawn
c: no worries how'd you here bout us
r: saw your ute down the street
r@ask_product: ballpark for a pop up sprinkler system
c: front lawn average size you're looking at twelve to fifteen hundred installed with the control er
c: and your name was
r: dave
c: dave i'll send someone round to measure up thursday arvo
r: too easy
c[B]: cheers dave have a good one
""",
        "australian; source with homophone",
    )
    e(
        "en16_h06",
        L,
        "S0 G0:out C1 N0 Q0 P0 X0 W1:neg B0",
        """
c[C]: irrigation
r: oh hi there yeah i'm ringing about the automatic watering system for a greenhouse and a few raised beds out the back of the house
c+2[G]: oh hello sorry yes
r@ask_product: how much would a greenhouse system cost
c: i'm not going to just tell you to look online but i genuinely don't know the boss does pricing
r: when's he back
c: try tomorrow
""",
        "greeting after 10 s; negated site",
    )
    e("en16_h07", L, "", "", "no answer", outcome="no_answer")
    e(
        "en16_h08",
        L,
        "S0 G1 C1 N1:wf Q1:pa P1:pa X1 W1 B1",
        """
c[G]: hi there
c[CN]: brightframe corporate headshots this is jess
r: hi we need headshots for about thirty staff
r@ask_product: what would that cost roughly
c: for thirty people on site it's our team package nine hundred and fifty pounds plus vat
c: could i grab your name
r: claire
c: claire i'll email you the package details and some dates
r: perfect
c[B]: thanks so much claire have a good day
""",
        "",
    )
    e(
        "en16_h09",
        L,
        "S0:rep G1 C1 N0 Q0 P0 X0:neg W1 B0",
        """
c[GC]: hello headshot studio
r@ask_product: hi how much is a single linkedin headshot
c: oh the photographer sets all that my boss usually wants me to ask people how they found us but anyway
c: and i can't book anything in the diary's locked
r: right
c: yeah
""",
        "reported source; booking refused",
    )
    e(
        "en16_h10",
        L,
        "S1 G1:pa C1 N0 Q0 P1:pa X1:pa W1 B1:asr",
        """
c[GC]: hiya lens and light headshots
c: how did you hear about us
r: linkedin actually
r@ask_product: can you do headshots for a team of eight next week
c: yeah next week's fine eight people is about two hours six hundred all in
c: i'll pencil you in for wednesday if you want
r: yes please
c[B]: brilliant thanks for calling havana nice day
""",
        "closing with asr damage",
    )
    e(
        "en16_h11",
        L,
        "S0 G1 C1 N1 Q1 P0 X1:pa W0:asr B1",
        """
c[GCN]: hello kilnfix ltd callum speaking
r: hello my kiln isn't reaching temperature
r@ask_product: how much for a repair
c: depends on the elements we've got a price guide on the web sight
c: what's the name
r: harriet
c: harriet i'll have the engineer ring you back this afternoon
r: ok thanks
c[B]: thanks for calling harriet
""",
        "deflection with homophone; engineer call back is next step",
    )
    e(
        "en16_h12",
        L,
        "S0 G1 C1 N0 Q0 P1:pa X1:pa W1 B1",
        """
c[GC]: good morning kiln services
r@ask_product: morning do you stock replacement elements for a kilncare fifty litre
c: let me check for you
c+30: yes we've got two sets on the shelf one forty five each
c: want me to put one aside
r: yes please
c[B]: done thank you take care
""",
        "hold 30 s",
    )
    e(
        "en16_h13",
        L,
        "S0 G0 C0 N0 Q0 P0 X0 W1 B0",
        """
c: yeah
r: is this the kiln repair place
c: yep
r@ask_product: how soon could someone look at my kiln
c: dunno mate
r: ok
""",
        "short rude call; confirming is not naming",
    )
    e(
        "en16_h14",
        L,
        "S1:wf G1 C1 N0 Q0 P1:pa,asr X1 W1:inc B1:pa",
        """
c[GC]: hello roam free van hire
r: hi looking to hire a campervan for a week in june
c: lovely and where'd you come across us
r: instagram
r@ask_product: how much for a two berth
c: to berth in june is ninety five a night so six sixty five for the weak
c: all the vans are on the website with photos
c: i can hold one for you for forty eight hours
r: please do
c[B]: all the best enjoy the trip
""",
        "",
    )
    e(
        "en16_h15",
        L,
        "S0 G1 C1 N0:out Q1 P1 X0 W1 B0",
        """
c[GC]: hello escape wagons
r: hi we're a family of four with two small kids and a dog and we want to do the north coast five hundred in august for about ten days
r@ask_product: do you have a four berth that takes dogs available
c+4[N]: i'm sean by the way yes we've two dog friendly four berths free in august
c: who am i speaking to
r: lisa
c: ok lisa
""",
        "own name after 20 s",
    )
    e(
        "en16_h16",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:wf,asr B1",
        """
c[GC]: good afternoon vanlife rentals
r@ask_product: hi what would a van cost for a long weekend
c: prices change daily so best looking it up on line on our booking page
r: ok
c[B]: thanks for calling bye now
""",
        "",
    )
    e(
        "en16_h17",
        L,
        "S1 G1 C1 N1:pa Q1 P1:pa X1 W1 B1:pa",
        """
c[GCN]: hello city sports massage mark here
r: hi i've got a tight hamstring before a marathon
c: how did you find us
r: running club
r@ask_product: what do you charge for an hour
c: hour's sixty five forty five minutes is fifty
c: can i take a name
r: ben
c: ben i've got tomorrow at six free shall i book you in
r: yes
c[B]: great see you tomorrow ben good luck with the marathon
""",
        "",
    )
    e(
        "en16_h18",
        L,
        "S0 G1 C0 N0 Q0:rob P1:pa X0 W1 B0",
        """
c[G]: hi there
r: hi who am i speaking with
c: reception
r@ask_product: how much is a sports massage
c: fifty five for the hour
r: ok
c: mm hm
""",
        "robot asks callee name",
    )
    e(
        "en16_h19",
        L,
        "S0 G1 C1 N0 Q1:pa P1:pa X1:pa W1 B1",
        """
c[GC]: hello skyclear skylight cleaning
r: hi we've got four velux windows on a three storey roof
r@ask_product: what would you charge
c: one second
c+35: sorry about that four velux on three storeys is one twenty including the frames
c: who's calling please
r: nadia
c: nadia we can do friday morning
r: fine
c[B]: thanks nadia have a great day
""",
        "hold 35 s",
    )
    e(
        "en16_h20",
        L,
        "S1:pa G0 C1 N1 Q0 P0 X0 W0:asr B0",
        """
c[CN]: bright skies window care danny
r: hi
c: was it a flyer or online you found us
r: flyer
r@ask_product: how much for a lantern skylight
c: all our prices are listed online just fill in the court form
r: ok
c: yeah bye
""",
        "",
    )
    e(
        "en16_h21",
        L,
        "S0 G1 C1 N0 Q1:asr P1:pa X1 W1 B1:pa",
        """
c[GC]: hello pedal back in time vintage bikes
r: hi i've got a nineteen seventies raleigh chopper i want restored
r@ask_product: ballpark on a full restoration
c: full nut and bolt resto on a chopper runs six to eight hundred depending on parts
c: where are you calling from by the way
r: leeds
c: can i take you're name
r: steve
c: steve bring it in and i'll give you a firm price
r: will do
c[B]: nice one steve look forward to seeing the bike
""",
        "name question with homophone; where are you calling from is a near miss for asked_source",
    )
    e(
        "en16_h22",
        L,
        "S0 G0 C1 N1:pa Q0:rep P0 X0 W1 B0",
        """
c[CN]: classic cycle works it's finn
r@ask_product: hi how long does a frame respray take
c: couldn't tell you the painter's away
c: boss says i'm meant to take everyone's name but i wouldn't worry
r: ok
c: yeah
""",
        "abrupt",
    )
    e(
        "en16_h23",
        L,
        "S0:neg G1 C1 N0 Q1 P1:pa,asr X1 W1 B1",
        """
c[GC]: hello retro wheels
r: hi do you do wheel rebuilds on old steel bikes
c: we do and i won't bore you asking how you found us
r@ask_product: how much for a pair
c: a pear of wheels rebuilt with new spokes is around a hundred and forty
c: your name for the booking
r: jake
c: jake drop them in any weekday
r: sure
c[B]: thank you jake have a good one
""",
        "source negated",
    )
    e(
        "en16_h24",
        L,
        "S1:pa G1 C1 N1:pa Q1 P1 X1 W1 B1:wf",
        """
c[GCN]: hello tandem language exchange club i'm sofia
r: hi i'd like to practise my spanish
c: oh great what brought you to us
r: a friend
r@ask_product: is there a spanish group at the moment
c: yes there's a spanish english table every tuesday at seven first night is free
c: what name shall i put down
r: oliver
c: oliver i'll put you down for tuesday
r: great
c[B]: see you tuesday oliver thanks for ringing
""",
        "",
    )
    e(
        "en16_h25",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[C]: language exchange
r@ask_product: hi how much is membership
c: everything's on our meetup page mate
r: ok
""",
        "meetup page deflection",
    )
    e(
        "en16_h26",
        L,
        "S0 G1 C1 N0 Q0 X1:pa W1 B1",
        """
c[GC]: hello dishdoctor appliance repairs
r: hi my dishwasher isn't draining
c: ok what make is it
r: bosch
c: i can send an engineer out tomorrow between eight and twelve
r: great
c[B]: thank you for calling
""",
        "no ask_product",
    )
    e(
        "en16_h27",
        L,
        "S0 G1 C1 N0 Q1:pa P1:pa,asr X1:asr W1 B0",
        """
c[GC]: good morning sparkle appliance repair
r@ask_product: morning how much is a call out for a dishwasher
c: call out is fifty nine and that includes the first half our
c: and who have i got
r: rachel
c: rachel we could come out this after noon
r: ok
c: yep bye
""",
        "next step split word",
    )
    e(
        "en16_h28",
        L,
        "S1:asr G1 C1 N1 Q0 P0 X0 W1 B0:out",
        """
c[GCN]: hello wash right repairs kev speaking
r: hello
c: how'd you fine us
r: google
r@ask_product: how much would a new pump for a miele cost
c[B]: uh i'd need to order it in anyway thanks for calling
c+40: actually hang on one more thing the model number please
r: it's on the door i'll find it
c: right
""",
        "closing said early, call goes on",
    )
    e(
        "en16_h29",
        L,
        "S0 G0 C1 N0 Q0 P1:pa,asr X1:pa W1 B1",
        """
c[C]: yep clean walls graffiti removal
r@ask_product: hi how much to get tags off a brick shop front
c: brick usually eight quid a square metre minimum charge won fifty
c: i can come and look tomorrow and give you a fixed price
r: please
c[B]: no problem cheers for the call
""",
        "",
    )
    e(
        "en16_h30",
        L,
        "S0 G1 C0 N0 Q0 P0 X0:rep W0 B0",
        """
c[G]: hi there
r: is this the graffiti removal company
c: it is yeah
r@ask_product: what do you charge for a garage door
c: look the prices are on the website
c: normally we'd send someone to quote but we're flat out
r: ok
""",
        "reported/withdrawn offer",
    )
    e(
        "en16_h31",
        L,
        "S1:rob G1 C1 N0 Q0 P1:pa X0 W1:rob B1",
        """
c[GC]: good afternoon orchard irrigation
r: hi i found you on google and your website didn't show prices
r@ask_product: how much for a soaker hose kit
c: soaker kits are thirty nine ninety five for a twenty metre run
r: thanks
c[B]: you're welcome thanks for calling
""",
        "robot gives source and mentions site",
    )
    e(
        "en16_h32",
        L,
        "S0 G1 C1 N0 Q0 P0 X1:wf W1 B1:pa",
        """
c[GC]: hello arcade legends
r@ask_product: hi do you rent out arcade machines for parties
c: i'd have to check with the owner
c: give me your number and i'll get mick the owner to call you back today
r: sure
c[B]: cheers have a great afternoon
""",
        "I'd have to check is not answer; the owner's name is not introducing self",
    )
    e("en16_h33", L, "", "", "line busy", outcome="busy")
    e(
        "en16_h34",
        L,
        "S0 G1 C1 N1 Q1:wf P1:pa X1:pa W1 B1",
        """
c[GCN]: good morning focus point headshots maria speaking
r: hi
r@ask_product: how much for a headshot for my actor's portfolio
c: actors package is two hundred and twenty for three looks
c: who am i chatting to
r: sam
c: sam i'll send you some dates by text
r: thanks
c[B]: thanks sam take care now
""",
        "",
    )
    e(
        "en16_h35",
        L,
        "S0 G1 C0 N0 Q0 P1:pa,asr X0 W1 B1",
        """
c[G]: hello
r@ask_product: hi how long does a kiln controller replacement take
c: hold on
c+40: about a weak to get the part and a couple of ours to fit
r: ok thanks
c[B]: thank you bye
""",
        "hold 40 s",
    )
    e(
        "en16_h36",
        L,
        "S1:wf G1 C1 N0 Q0 P0 X0 W0 B0",
        """
c[GC]: good morning outback vans
c: where did you hear of us
r: friend
r@ask_product: what's the price of a hi top for easter
c: look on our site it's got a live calendar
r: right
""",
        "",
    )
    e(
        "en16_h37",
        L,
        "S0 G1:pa C1 N0 Q1 P1:pa,asr X1:pa W1 B0",
        """
c[GC]: morning muscle works massage
r@ask_product: hi do you do sports massage on weekends
c: saturdays yes nine till three and its seventy for the our
c: the name for the booking
r: luke
c: luke saturday at ten
r: fine
c: grand
""",
        "irish; grand not closing",
    )
    e(
        "en16_h38",
        L,
        "S0 G1:asr C0:out N0 Q0 P0 X0 W1 B0",
        """
c[G]: go day
r: hi there um i was hoping to talk to someone about getting the skylights cleaned on our place it's a flat roof with three domes
c+5[C]: yeah you've got clearview skylights mate
r@ask_product: how much to clean a skylight on a flat roof
c: i'd have to check with the lads
r: ok
c: right
""",
        "greeting damaged",
    )
    e(
        "en16_h39",
        L,
        "S1 G1 C1 N1:pa Q0:neg P1:pa X1:pa W1 B1",
        """
c[GCN]: hello frame and fork restoration ellie here
r: hi
c: how did you hear about us
r: a cycling forum
r@ask_product: do you source period parts for a fifties hetchins
c: yes we source period correct parts lead time is usually four to six weeks
c: no need for a name now i'll email you a parts list if you give me the address
r: ok
c[B]: thanks for calling have a lovely evening
""",
        "name question negated",
    )
    e(
        "en16_h40",
        L,
        "S0 G1 C0 N0 Q0 P1:pa X1:pa W1:inc B1",
        """
c[G]: good evening
r: hello is that the language exchange
c: that's right
r@ask_product: how much are the sessions
c: five pounds a session or twenty a month it's all on the website too
c: come along thursday
r: ok
c[B]: thanks for calling see you thursday
""",
        "confirmation not naming",
    )
    e(
        "en16_h41",
        L,
        "S0 G1:pa C1 N0 Q1:pa P0 X0 W0:asr B0",
        """
c[GC]: hiya dishwasher fix
r@ask_product: hi how much to replace a door seal
c: check are website for prices sorry
c: who's calling
r: amy
c: ok
""",
        "",
    )
    e(
        "en16_h42",
        L,
        "S0 G1 C1 N1 Q0 P1:pa X1 W1:inc B1",
        """
c[GCN]: good afternoon swift appliance repairs you're speaking with raj
r@ask_product: hi is there a fixed fee for a dishwasher not heating
c: yes heating element replacement is ninety five fitted
c: our price list is up online as well
c: shall i book you a slot
r: yes please
c[B]: thanks for calling have a great day
""",
        "",
    )
    e(
        "en16_h43",
        L,
        "S0 G0 C1 N0 Q0 P1:pa,asr X0 W1:rep B0",
        """
c[C]: graffiti gone
r@ask_product: hi how much to clean a painted fence
c: painted would is tricky usually eighty to a hundred
c: a mate of mine at another firm just tells people go look at the website not me though
r: ok thanks
c: yeah no worries
""",
        "",
    )
    e(
        "en16_h44",
        L,
        "S0 G1 C0 N0 Q0 P1 X0 W1 B0:rob",
        """
c[G]: hello
r@ask_product: hi do you sell original space invaders machines
c: yes we've got one restored in stock
r[B]: thanks so much have a nice day
c: yep
""",
        "closing only by robot",
    )
    e(
        "en16_h45",
        L,
        "S0 G1 C0 N1:asr Q1:wf P1:pa X1:pa W1 B1",
        """
c[GN]: hello mynamesis anna
r: hi
r@ask_product: how much is a half hour sports massage
c: half hour is forty
c: and your name is
r: kate
c: kate i can fit you in tomorrow at two
r: great
c[B]: wonderful thank you kate bye
""",
        "own name merged words",
    )

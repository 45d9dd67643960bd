"""English dialogues of the fourth held-out set (compact format of ``heldout/build_heldout.py``).

Labels decided by meaning while writing, before any matcher run; never changed after.
"""

from __future__ import annotations

from collections.abc import Callable


def build(emit: Callable[..., None]) -> None:
    L = "en"
    emit(
        "en4_h01",
        L,
        "S1:pa G1:pa C1 N1:pa Q1:pa P1:pa,asr X1 W1 B1:pa",
        """
c[GCN]: morning lockdown escape rooms jess speaking
r: hi there i'd like to book a room for six people
c: lovely and what put us on your radar
r: a friend did it last month
c: and who have i got on the line
r: it's tom
r@ask_product: how much is it for six
c: six players is a hundred and twenty quid all inn
c: i can pop you in saturday at four if that works
r: yes please
c[B]: brilliant tom cheers for ringing see you saturday
""",
        note="escape room, British; source 'what put us on your radar'; name 'who have i got on the line'",
    )
    emit(
        "en4_h02",
        L,
        "S0 G0 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[C]: sparkle car wash
r: hello how much is a full valet for an suv
r@ask_product: what's the price for a full valet
c: mate just jump on the app the prices are all in there
r: can you give me a rough idea
c: nah sorry
""",
        note="car wash, Australian; deflection to the app (online), no greeting, no closing",
    )
    emit(
        "en4_h03",
        L,
        "S1:wf G1 C1 N0 Q1 P1:pa,asr X1 W1 B1",
        """
c[GC]: good afternoon big bin skip hire
r: hi i need a skip for a garden clearance
c: how did you hear about us
r: saw your lorry
c: can i take your name
r: paul
r@ask_product: how much is a six yard skip for a week
c: six yard er is two hundred and forty pounds for up to two weeks
c: want me to book it in for monday
r: yes monday is fine
c[B]: lovely thanks for calling paul
""",
        note="skip hire",
    )
    emit(
        "en4_h04",
        L,
        "S0 G1 C1 N1 Q0 P0:asr X0:pa W1 B0",
        """
c[GCN]: hello keys and locks this is dave
r: hi how much to change a front door lock
r@ask_product: what would it cost to replace a euro cylinder
c: depends on the cylinder really could be any thing
c: give us a bell if you decide
r: okay
c: right bye
""",
        note="locksmith; 'depends' not an answer; 'give us a bell if you decide' not a next step; 'bye' not a closing",
    )
    emit(
        "en4_h05",
        L,
        "S1:asr G1 C1 N1:wf Q1:asr P1:pa X1 W1:inc B1",
        """
c[GCN]: good morning harmony piano tuning maria here
r: hi i need my upright tuned
c: and how did you come a cross us
r: my neighbour
c: what's you're name sorry
r: linda
r@ask_product: how much is a tuning
c: a standard tuning is ninety five pounds and it takes about an hour and a half
c: there are some reviews on our website too if you want to have a look
c: i can come out on thursday morning
c[B]: thank you for calling linda have a lovely day
""",
        note="piano tuning; asr 'a cross', 'you're name'; website after full answer",
    )
    emit(
        "en4_h06",
        L,
        "S0 G1 C1 N1 Q1 P0 X0 W0:wf B0",
        """
c[GCN]: hi there party pals this is becky
r: hi i'm looking for an entertainer for my son's fifth birthday
c: sure and your name is
r: helen
r@ask_product: how much is a two hour party
c: all our packages and prices are listed on our website
r: is there a basic one
c: it's all listed on the site
c: okay
""",
        note="kids parties; deflection; 'your name is' asks name",
    )
    emit(
        "en4_h07",
        L,
        "S0 G1 C0 N0 Q0 P1:pa,asr X0 W1:inc B0",
        """
c[G]: hello
r: hello is that a pet pharmacy do you have frontline for large dogs
r@ask_product: is frontline plus in stock for a forty kilo dog
c: yeah we got the three pack at thirty two ninety nine
c: the dosing chart is on our website as well
r: thanks
c: yep
""",
        note="vet pharmacy; company only by robot; site after full answer; 'yep' no closing",
    )
    emit(
        "en4_h08",
        L,
        "S1:pa G1 C1 N1 Q1:wf P1:pa,asr X1 W1 B1:pa",
        """
c[GCN]: hiya stitch and seam alterations sophie speaking
r: hi i need a suit taken in
c: was it a recommendation or did you find us online
r: online
c: who am i booking in
r: james
r@ask_product: how much to take in a jacket and trousers
c: jackets about forty five trousers twenty so sixty five roughly ready in a weak
c: pop in tomorrow for a fitting
c[B]: speak soon james take care now
""",
        note="tailoring",
    )
    emit(
        "en4_h09",
        L,
        "S0 G1 C1 N0 Q0 P0 X1 W0:asr B1",
        """
c[GC]: good morning greenacres garden centre
r: hi do you have olive trees
r@ask_product: have you got olive trees and how much
c: all the stock is on our web sight with the prices
c: or come down and have a look around
c[B]: thanks for calling bye now
""",
        note="garden centre; asr 'web sight'; invitation as next step",
    )
    emit("en4_h10", L, "", "", note="no answer", outcome="no_answer")
    emit(
        "en4_h11",
        L,
        "S0:rob G1 C1 N0 Q0 P1:pa,asr X1 W1:rob B1",
        """
c[GC]: hello aqua bathrooms showroom
r: hi i found you on your website and saw a freestanding bath
r@ask_product: is the oval freestanding bath in stock
c: yes we have the oval in white and matt black white is eight hundred blackies eleven hundred
c: i can hold one for you
r: great
c[B]: thanks for calling have a good day
""",
        note="bathroom showroom; robot mentions its source and the website",
    )
    emit(
        "en4_h12",
        L,
        "S1 G1 C1 N1 Q1 P1:pa,asr X1 W1 B1",
        """
c[GCN]: hello bay boat hire my name is kevin
r: hi we'd like a boat for the afternoon
c: where did you find us
r: google
c: what's your name
r: claire
r@ask_product: how much is a motorboat for three hours
c+25: just checking the board three hours is a hundred and fifty pounds fuel in cluded
c: shall i reserve one for sunday afternoon
r: yes please
c[B]: great stuff claire thanks for calling
""",
        note="boat hire; hold 25 s",
    )
    emit(
        "en4_h13",
        L,
        "S0 G1 C1 N1 Q0 P0:pa X0 W0 B0",
        """
c[GCN]: good afternoon crescendo music school this is anna
r: hi i want guitar lessons for my daughter
r@ask_product: how much are guitar lessons
c: i'd have to check with the office not sure sorry
c: have a look at our website it's all on there
r: okay
c: mhm
""",
        note="music school; 'i'd have to check' + deflection",
    )
    emit(
        "en4_h14",
        L,
        "S1:pa G1 C1 N0 Q1 P1:pa,asr X1 W1 B1",
        """
c[GC]: g'day happy paws kennels
r: hi i need boarding for my dog over christmas
c: no worries did someone send you our way or
r: my vet
c: what name will i put the booking under
r: karen
r@ask_product: how much per night for a medium dog
c: medium dogs are forty five a night works included
c: i'll pencil you in for the twenty third
c[B]: no worries karen have a good one
""",
        note="dog kennels, Australian",
    )
    emit(
        "en4_h15",
        L,
        "S0 G1 C1 N1 Q0 P1:pa,asr X1 W1:neg B0",
        """
c[GCN]: hey iron house fitness equipment mike speaking
r: hi do you sell rowing machines
r@ask_product: what rowing machines have you got and how much
c: we've got the concept to at nine hundred and a cheaper magnetic one at four fifty i won't send you to the website just ask me
c: come in and try them
r: will do
c: cool
""",
        note="gym equipment; negated website mention",
    )
    emit(
        "en4_h16",
        L,
        "S0 G1 C1 N1 Q1 P1:pa,asr X1 W1 B1:pa",
        """
c[GCN]: good morning belle bridal you're speaking with grace
r: hi i'm getting married next year and looking for a dress
c: congratulations what's the bride's name
r: it's me emma
r@ask_product: what's your price range
c: our gowns start at nine hundred and go up too about three thousand
c: shall i book you an appointment for a saturday
r: please
c[B]: wonderful emma we look forward to seeing you
""",
        note="wedding dresses; 'bride's name' asks caller's name",
    )
    emit(
        "en4_h17",
        L,
        "S0 G1 C1 N1 Q1:wf P1:pa,asr X1 W1 B1:pa",
        """
c[GCN]: good afternoon willow funeral services this is peter speaking
r: hello i need to ask about arrangements for my father
c: i'm so sorry for your loss may i have your name
r: susan
r@ask_product: how much does a simple cremation cost
c: a simple cremation with us is two thousand four hundred pounds including the coughing
c: i can visit you at home tomorrow to go through everything
c[B]: thank you susan please take care of yourself
""",
        note="funeral services",
    )
    emit(
        "en4_h18",
        L,
        "S1:wf G1 C1 N0 Q0 P1:pa,asr X1 W1 B0",
        """
c[GC]: hi the hive coworking
r: hi i'm looking for a desk
c: how'd you hear about us
r: instagram
r@ask_product: how much is a hot desk per month
c: hot desk is two fifty a month dedicate it is three eighty
c: you want to come for a free trial day
r: sure
c: awesome see ya
""",
        note="coworking, American; 'see ya' not a polite closing",
    )
    emit(
        "en4_h19",
        L,
        "S0 G1 C1 N1 Q1 P1:pa,asr X1:pa W1 B1",
        """
c[GCN]: hello polyglot translations this is ravi
r: hi i need a birth certificate translated
c: may i take your name please
r: omar
r@ask_product: how much and how long
c+30: sorry about the weight a certified birth certificate is forty five pounds and two working days
c: just email us the scan and we'll start
c[B]: thanks for calling omar have a nice day
""",
        note="translation; hold 30 s",
    )
    emit(
        "en4_h20",
        L,
        "S0 G0 C0 N0 Q0 P0 X0 W1 B0",
        """
c: yeah
r: hi is that scaffolding hire
c: yeah what
r@ask_product: how much to hire scaffolding for a two storey house
c: where are you calling from
r: leeds
c: we don't go too leads
""",
        note="scaffolding; 'where are you calling from' is not the source question; no answer",
    )
    emit(
        "en4_h21",
        L,
        "S1:asr G1 C1 N1 Q0 P1:pa,asr X1 W1 B1",
        """
c[GCN]: hello tower scaffold hire darren here
r: hi i need scaffolding for a roof job
c: how did he here about us
r: a builder mate
r@ask_product: what's a ballpark for a two storey semi
c: for a semi front and back your looking at around eight hundred quid for four weeks
c: i can send someone round to measure up tomorrow
c[B]: cheers for the call have a good one
""",
        note="scaffolding; asr 'he here'",
    )
    emit("en4_h22", L, "", "", note="busy", outcome="busy")
    emit(
        "en4_h23",
        L,
        "S0 G1 C1 N0:out Q1 P1:pa,asr X1 W1 B0:out",
        """
c[GC]: hello skip it skip hire
r: hi i need a skip
c: what size are you thinking and where is it going
r: a four yarder on the drive in bristol
c: bristol is fine
r@ask_product: how much is a four yard skip
c: for yard is one eighty five i can drop it round thursday morning
c[N]: i'm lucy by the way and what's your name
r: greg
c[B]: lovely thanks for calling greg
c+35: oh sorry one more thing do you need a permit for the road or is it on the drive
r: on the drive
""",
        note="skip hire; own name after 20 s; closing followed by more than 30 s",
    )
    emit(
        "en4_h24",
        L,
        "S0:neg G1 C1 N1 Q1 P1:pa,asr X1 W1 B1",
        """
c[GCN]: hi safe as locksmiths jake here
r: hi i'm locked out
c: i won't bother asking how you found us let's get you in what's your name
r: ben
r@ask_product: how much for an emergency lockout
c: emergency call out is ninety pounds and i can be they're in thirty minutes
c: text me the address and i'm on my way
c[B]: no problem ben see you shortly take care
""",
        note="locksmith; negated source question",
    )
    emit(
        "en4_h25",
        L,
        "S0 G1 C0 N0 Q0 X0 W1 B0",
        """
c[G]: hello
r: hi is that the piano tuner
c: no sorry wrong number
r: sorry
c: no worries
""",
        note="wrong number; no product question",
    )
    emit(
        "en4_h26",
        L,
        "S0 G0 C0:out N0 Q1:asr P0 X0 W0:pa B0",
        """
c: yep
r: hello is that the party entertainers
c: hang on
c+14[C]: right sorry funtime entertainers
r@ask_product: how much for a magician for an hour
c: the booking form online gives you the quote just fill it in
c: and what's you name
r: nina
c: okay
""",
        note="kids parties; company named after 15 s; deflection to online form; asr 'you name'",
    )
    emit(
        "en4_h27",
        L,
        "S1:pa G1 C1 N0 Q0 P1:pa,asr X0 W1 B1:pa",
        """
c[GC]: good afternoon vetmeds pharmacy
r: hi do you have apoquel
c: may i ask what led you to us was it your vet
r: yes my vet
r@ask_product: have you got apoquel sixteen milligrams
c: we do a hundred tablets is one hundred and ten pounds you'll need a pre scription
r: thanks
c[B]: thank you all the best
""",
        note="vet pharmacy; source 'what led you to us'",
    )
    emit(
        "en4_h28",
        L,
        "S0 G0 C1 N1 Q1 P1:pa,asr X1 W1:inc B0",
        """
c[CN]: tailor made alterations kate
r: hi can you shorten a dress
c: yes who's calling
r: mia
r@ask_product: how much to take up a dress hem
c: a simple him is twenty two pounds lined is thirty five
c: you can see before and after photos on our website as well
c: bring it in any day
c: right
""",
        note="tailoring; no greeting; website after full answer",
    )
    emit(
        "en4_h29",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0 B0",
        """
c[GC]: hello grow garden centre
r@ask_product: how much are the raised beds
c: check our website for prices
r: can you not tell me
c: it's on the website
""",
        note="garden centre; plain deflection",
    )
    emit(
        "en4_h30",
        L,
        "S1:pa G1 C1 N1 Q1:pa P1:pa,asr X1 W1 B1",
        """
c[GCN]: hi there splash bathrooms i'm tony
r: hi i'm redoing my bathroom
c: nice one what brought you to us advert or word of mouth
r: advert in the paper
c: and you are
r: mark
r@ask_product: how much for a walk in shower enclosure
c: walking panels from three twenty to about seven hundred with the tray
c: i can send you a quote by email
c[B]: thanks mark have a good day
""",
        note="bathroom showroom; 'and you are' asks name",
    )
    emit(
        "en4_h31",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0:neg W1 B0",
        """
c: yeah
r: hello is that the boat hire
c: what do you want
r@ask_product: how much is a rowing boat
c: dunno i'm not booking anything today we're closed
r: okay
""",
        note="boat hire; 'yeah' is not a greeting; company only by robot; negated booking",
    )
    emit(
        "en4_h32",
        L,
        "S0 G1:pa C1 N1 Q0 P1:pa,asr X1 W1:rep B1",
        """
c[GCN]: evening sharp notes music academy liam speaking
r: hi how much are drum lessons
r@ask_product: what do you charge for drum lessons
c: thirty minutes is twenty two pounds an our is forty
c: some places just tell you to look it up online but i'd rather tell you straight
c: i can book a free trial lesson
c[B]: thanks for calling have a great evening
""",
        note="music school; reported deflection",
    )
    emit(
        "en4_h33",
        L,
        "S0:rep G1 C1 N1 Q1 P1:pa X1 W1 B1:wf",
        """
c[GCN]: hello barking mad kennels sam speaking
r: hi i need a place for my dog for a weekend
c: my boss likes me to ask everyone how they heard about us but never mind what's your name
r: ellie
r@ask_product: how much for a weekend
c: two nights is sixty pounds for a small dog
c: i can book you a visit to see the kennels first
c[B]: thanks so much for calling ellie
""",
        note="dog kennels; reported source question",
    )
    emit(
        "en4_h34",
        L,
        "S0 G0:out C1 N0 Q0 P1:pa,asr X0 W1 B1",
        """
c[C]: flex gym supplies
r: hi
c: one sec
c+12[G]: hello sorry about that
r@ask_product: do you have olympic barbells in stock
c: yeah we've got two in stock a twenty keylo bar at two hundred and forty
r: thanks
c[B]: thanks for calling have a good one
""",
        note="gym equipment; greeting after 10 s",
    )
    emit(
        "en4_h35",
        L,
        "S0 G1 C1 N1 Q1 P1:pa,asr X1 W1 B1",
        """
c[GCN]: good morning ever after bridal this is chloe
r: hi do you have any plus size dresses
c: what's your name lovely
r: zoe
r@ask_product: do you have plus size sample dresses to try
c+28: let me check yes we have about fifteen samples in sizes eighteen to twenty ate
c: shall i book you a consultation
r: yes
c[B]: lovely zoe thanks for calling see you soon
""",
        note="wedding dresses; hold 28 s",
    )
    emit(
        "en4_h36",
        L,
        "S0 G1 C1 N0 Q0:rob P0 X0:rep W1 B0:rob",
        """
c[GC]: hello oak and ivy funeral directors
r: hello may i ask your name
c: i'm just the cleaner love
r@ask_product: how much is a basic funeral
c: no idea normally they'd say come in and talk it through but everyone's out
r[B]: thank you for your help have a good day
""",
        note="funeral; robot asks name and closes; offer only described (reported)",
    )
    emit(
        "en4_h37",
        L,
        "S1:asr G1 C1 N0 Q1 P1:pa,asr X1 W1 B1",
        """
c[GC]: hi deskspace coworking
r: hi i need a meeting room
c: how did you find out bout us
r: a colleague
c: could i grab your name
r: raj
r@ask_product: how much is a meeting room for a day
c: the ten person room is one sixty for the day with copy
c: i can reserve it for you right now
c[B]: thanks raj have a great day
""",
        note="coworking; asr 'bout'",
    )
    emit(
        "en4_h38",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W0:pa B0",
        """
c[GC]: hello lingua translations
r@ask_product: how much to translate a contract
c: use the quote tool online upload the file and it tells you
r: can't you just say
c: no sorry
""",
        note="translation; deflection to online quote tool",
    )
    emit(
        "en4_h39",
        L,
        "S0 G0 C1 N0 Q0 P1:pa,asr X1 W1:inc B1:pa",
        """
c[C]: shine car wash
r: hi how much is a basic wash
r@ask_product: price for a basic exterior wash
c: basic exterior is twelve dollars with whacks eighteen
c: the full menu's on our site too
c: come by anytime we're open till seven
c[B]: appreciate the call have a good one
""",
        note="car wash, American; website after full answer",
    )
    emit(
        "en4_h40",
        L,
        "S0 G1 C1 N1 Q1 P0 X1 W0:asr B1",
        """
c[GCN]: hello bright lock locksmiths simon speaking
r: hi i want new locks on my back door
c: who's this
r: frank
r@ask_product: how much for a new mortice lock
c: checkout website mate all the prices are up there
c: or i can pop round and quote
c[B]: thanks for calling frank
""",
        note="locksmith; asr 'checkout website' (dropped word); 'who's this' asks name",
    )
    emit(
        "en4_h41",
        L,
        "S0 G1 C1 N0 Q0 P0 X0 W1:rep B0",
        """
c[GC]: hi tuned up pianos
r@ask_product: how much is it to tune a baby grand
c: my manager says to tell people to check the site but honestly i can't quote without seeing the piano
r: okay
c: yeah
""",
        note="piano tuning; reported deflection (manager's rule, not followed); no price given",
    )
    emit(
        "en4_h42",
        L,
        "S0 G1 C1 N1 Q1 P1:pa,asr X0 W1 B0",
        """
c[GCN]: hello boat club hire this is nick
r: hi do you rent kayaks
c: and your name is
r: lee
r@ask_product: how much is a double kayak
c: double kayak is thirty for two ours
r: thanks
c: no dramas
""",
        note="boat hire, Australian; 'no dramas' not a closing",
    )
    emit(
        "en4_h43",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W1 B0",
        """
c: yeah
r: hello is that the garden centre
c: yeah
r@ask_product: do you have lavender plants
c: i don't know i'd have to check
r: thanks
""",
        note="garden centre; company only by robot; 'i'd have to check'",
    )
    emit(
        "en4_h44",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W1:neg B0",
        """
c: yep
r: hi is that the escape rooms
c: yep
r@ask_product: how much for four people
c: not sure i'm not going to tell you to check the website though ring back tomorrow and ask for jo
r: okay
""",
        note="escape room; negated website; 'ring back tomorrow' is not an offer",
    )
    emit(
        "en4_h45",
        L,
        "S0 G0 C0:rob N0 Q0 P0 X0 W1 B0",
        """
c: yeah go ahead
r: hi is that the tailors
c: mhm
r@ask_product: do you do wedding suit hire
c: can't say over the phone
""",
        note="tailoring; refusal",
    )
